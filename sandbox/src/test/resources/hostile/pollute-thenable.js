// expect: result
Object.prototype.then = function (resolve) { resolve(1); };
return { a: 1 };
