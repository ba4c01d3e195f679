"use strict";
// A view of the one implementation in ./implementation.cjs.
module.exports = require("./implementation.cjs").main;
