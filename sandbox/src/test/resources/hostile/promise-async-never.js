// expect: result
return (async () => { await new Promise(() => {}); })();
