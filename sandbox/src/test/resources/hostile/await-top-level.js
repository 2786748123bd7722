// expect: syntax
await 1;
return 1;
