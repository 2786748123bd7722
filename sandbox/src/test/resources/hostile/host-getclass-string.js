// expect: script
return ''.getClass().getClassLoader();
