// expect: script
quit(1);
return 1;
