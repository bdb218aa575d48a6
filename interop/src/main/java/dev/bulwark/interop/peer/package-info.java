/**
 * What the peer importers share: {@link dev.bulwark.interop.peer.Reading} (typed, positioned reads
 * that report instead of throwing), {@link dev.bulwark.interop.peer.IdPool} (valid, unique ids) and
 * {@link dev.bulwark.interop.peer.Places} (element positions that point into the peer file).
 */
package dev.bulwark.interop.peer;
