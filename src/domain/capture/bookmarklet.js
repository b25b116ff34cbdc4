(async () => {
  /* SSI Lens capture bookmarklet, version 1. Sends nothing anywhere: the page's text
     travels compressed in the address's fragment, which browsers never send to a server. */
  const app = __APP__;
  if (!/^\/sales\/ssi/.test(location.pathname)) {
    alert("SSI Lens: this isn’t LinkedIn’s SSI page. Open linkedin.com/sales/ssi, then click the bookmark again.");
    return;
  }
  if (!window.CompressionStream) {
    alert("SSI Lens: this browser can’t capture the page. Copy the page (select all, copy) and paste it into SSI Lens instead.");
    return;
  }
  const text = document.body.innerText.slice(0, __MAX__);
  const packed = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
  let bytes = "";
  for (let i = 0; i < packed.length; i += 32768) bytes += String.fromCharCode.apply(null, packed.subarray(i, i + 32768));
  location.href = app + "#capture=__VERSION__." + btoa(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
})();
