// expect: script
process.exit(1);
return 1;
