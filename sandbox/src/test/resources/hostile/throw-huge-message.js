// expect: script
throw new Error("x".repeat(5e6));
