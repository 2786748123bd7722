// expect: script
return Polyglot.import('secret');
