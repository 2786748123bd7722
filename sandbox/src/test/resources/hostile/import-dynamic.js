// expect: result|script
return import('/etc/passwd');
