// expect: time
return (async () => { for (;;) {} })();
