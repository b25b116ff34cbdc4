(async () => {
  /* SSI Lens capture bookmarklet, version 2. Sends nothing anywhere, and keeps the page's
     text out of the browser's history: compressed, it travels in the name of the tab it opens
     SSI Lens in; the address only says to look there. */
  const app = __APP__;
  if (!/^\/sales\/ssi/.test(location.pathname)) {
    alert(__NOT_SSI_PAGE__);
    return;
  }
  if (!window.CompressionStream) {
    alert(__CANNOT_CAPTURE__);
    return;
  }
  /* Opened at once, while the click still allows a new tab. */
  const tab = open("", "_blank");
  if (!tab) {
    alert(__TAB_BLOCKED__);
    return;
  }
  const text = document.body.innerText.slice(0, __MAX__);
  const packed = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
  let bytes = "";
  for (let i = 0; i < packed.length; i += 32768) bytes += String.fromCharCode.apply(null, packed.subarray(i, i + 32768));
  tab.name = __MARK__ + "__VERSION__." + btoa(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  tab.location.href = app + "#capture=__VERSION__";
})();
