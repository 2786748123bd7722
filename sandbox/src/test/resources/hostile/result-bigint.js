// expect: result
return 10n;
