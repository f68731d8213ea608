console.log('plan');
