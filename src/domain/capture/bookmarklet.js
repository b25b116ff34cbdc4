(async () => {
  /* SSI Lens capture bookmarklet, version 2. Sends nothing anywhere, and keeps the page's
     text out of the browser's history: compressed, it travels in the name of the tab it opens
     SSI Lens in; the address only says to look there. */
  const app = __APP__;
  if (!/^\/sales\/ssi/.test(location.pathname)) {
    alert("SSI Lens: this isn’t LinkedIn’s SSI page. Open linkedin.com/sales/ssi, then click the bookmark again.");
    return;
  }
  if (!window.CompressionStream) {
    alert("SSI Lens: this browser can’t capture the page. Copy the page (select all, copy) and paste it into SSI Lens instead.");
    return;
  }
  /* Opened at once, while the click still allows a new tab. */
  const tab = open("", "_blank");
  if (!tab) {
    alert("SSI Lens: the browser blocked the new tab. Allow pop-ups for this site, then click the bookmark again.");
    return;
  }
  const text = document.body.innerText.slice(0, __MAX__);
  const packed = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
  let bytes = "";
  for (let i = 0; i < packed.length; i += 32768) bytes += String.fromCharCode.apply(null, packed.subarray(i, i + 32768));
  tab.name = __MARK__ + "__VERSION__." + btoa(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  tab.location.href = app + "#capture=__VERSION__";
})();
