// expect: result
return new Promise(() => {});
