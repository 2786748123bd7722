// expect: script
return Java.type('java.lang.System').getProperty('user.home');
