// expect: contained
Object.defineProperty(globalThis, 'JSON', { get() { throw new Error('gotcha'); } });
return 1;
