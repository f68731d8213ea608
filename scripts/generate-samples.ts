console.log('samples');
