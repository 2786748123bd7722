// expect: contained|script
Error.prepareStackTrace = (e, frames) => frames.map(f => String(f.getThis && f.getThis()));
return String(new Error('x').stack);
