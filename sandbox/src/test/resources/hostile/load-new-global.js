// expect: script
return loadWithNewGlobal({script: 'Java', name: 'x'});
