// expect: script
return read('/etc/passwd');
