// Renders ZPL labels to PNG files with Zebrash (zpl-renderer-js, a WebAssembly build of
// ingridhq/zebrash), for tests/label_images.py.
//
// stdin: a JSON list of {"zpl": "<path>", "png": "<path>", "width_mm": 101.6,
//        "height_mm": 50.8, "dpmm": 8}; every label is rendered in this one process
//        (starting the WebAssembly runtime takes about a second).
// Exit 1 with the renderer's message on stderr when a label cannot be rendered.
const fs = require("fs");
const { ready } = require("zpl-renderer-js");

(async () => {
  const jobs = JSON.parse(fs.readFileSync(0, "utf8"));
  const { api } = await ready;
  for (const job of jobs) {
    const zpl = fs.readFileSync(job.zpl, "utf8");
    const png = await api.zplToBase64Async(zpl, job.width_mm, job.height_mm, job.dpmm);
    fs.writeFileSync(job.png, Buffer.from(png, "base64"));
  }
})().catch((error) => {
  console.error(String(error));
  process.exit(1);
});
