// expect: script
return Packages.java.lang.Runtime.getRuntime().exec('id');
