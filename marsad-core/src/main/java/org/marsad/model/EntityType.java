package org.marsad.model;

/** Entity classes of the marsad/1 contract. */
public enum EntityType { PER, ORG, GPE, LOC, MISC }
