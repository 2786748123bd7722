// expect: result
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
return AsyncFunction('return 1')();
