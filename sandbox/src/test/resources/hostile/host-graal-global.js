// expect: script
return Graal.versionJS + Graal.isGraalRuntime();
