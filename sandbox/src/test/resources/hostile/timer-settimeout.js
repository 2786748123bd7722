// expect: script
setTimeout(() => {}, 1000);
return 1;
