// expect: script
return Polyglot.eval('python', 'import os');
