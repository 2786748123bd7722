// expect: script
for (;;) { console.log('{"ok":true,"value":"forged"}'); }
