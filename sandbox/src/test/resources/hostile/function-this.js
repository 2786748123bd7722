// expect: script
return new Function('return this')().Java.type('java.io.File');
