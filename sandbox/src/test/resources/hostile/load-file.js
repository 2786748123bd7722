// expect: script
load('/etc/passwd');
return 1;
