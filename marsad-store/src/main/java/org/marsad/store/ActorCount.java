package org.marsad.store;

/** An actor (or recipient) and how many matching events involve it. */
public record ActorCount(String name, String country, long events) {
}
