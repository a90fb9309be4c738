package io.newswire.store;

import java.util.List;

/**
 * The body of a list endpoint; an object rather than a bare array so that fields such as a cursor can be added.
 *
 * @param items the results, newest first
 */
record Items<T>(List<T> items) {
}
