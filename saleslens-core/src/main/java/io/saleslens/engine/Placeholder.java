package io.saleslens.engine; class Placeholder {}
