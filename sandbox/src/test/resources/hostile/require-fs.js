// expect: script
return require('fs').readFileSync('/etc/passwd', 'utf8');
