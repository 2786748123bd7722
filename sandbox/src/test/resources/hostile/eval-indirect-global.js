// expect: script
return (0, eval)('this').Packages.java.lang.System;
