// expect: script
return arguments.callee.caller;
