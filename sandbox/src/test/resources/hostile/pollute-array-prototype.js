// expect: script
Array.prototype.push = function () { throw new Error('tampered push'); };
return result().set({ a: 1 });
