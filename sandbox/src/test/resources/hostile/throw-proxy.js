// expect: script
throw new Proxy({}, { get() { throw new Error("trap"); } });
