// expect: script
setInterval(() => {}, 1);
return 1;
