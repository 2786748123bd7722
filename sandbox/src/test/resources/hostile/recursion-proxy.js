// expect: script
const p = new Proxy({}, { get: (t, k) => p[k] });
return p.x;
