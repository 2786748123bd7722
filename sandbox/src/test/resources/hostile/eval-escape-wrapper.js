// expect: script
return eval('}); Java.type("x"); (function () {');
