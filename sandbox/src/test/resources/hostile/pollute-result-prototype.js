// expect: script
Object.getPrototypeOf(result()).set = function () { return 'pwned'; };
return result().set({ a: 1 });
