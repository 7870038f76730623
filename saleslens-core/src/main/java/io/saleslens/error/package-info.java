/**
 * Error categories and the exception that carries them. A user error becomes exit code 2 and one
 * line on stderr; anything else is an internal error.
 */
package io.saleslens.error;
