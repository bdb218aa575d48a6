package dev.bulwark.model.parse;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Runs the YAML scanner and parser on a thread of their own and hands their events over in batches,
 * so that on a machine with two cores scanning overlaps with building the tree (the two take about
 * the same time on a large model). The order of events, and so the result, is the same as reading
 * them on one thread; an exception from the parser is rethrown to the reader at the point where it
 * happened.
 */
final class EventPipe implements Iterator<Event>, AutoCloseable {
  private static final int BATCH = 2048;
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
  private final Thread producer;
  private Event[] batch = new Event[0];
  private int next;
  private boolean ended;

  EventPipe(Iterable<Event> events) {
    producer =
        Thread.ofPlatform().daemon().name("bulwark-yaml-scanner").unstarted(() -> produce(events));
    producer.start();
  }

  private void produce(Iterable<Event> events) {
    try {
      Event[] filling = new Event[BATCH];
      int size = 0;
      for (Event event : events) {
        filling[size++] = event;
        if (size == BATCH) {
          queue.put(filling);
          filling = new Event[BATCH];
          size = 0;
        }
      }
      if (size > 0) {
        Event[] last = new Event[size];
        System.arraycopy(filling, 0, last, 0, size);
        queue.put(last);
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the reader stopped early: nothing more to do
    } catch (Throwable e) { // every failure must reach the reader, or it would wait forever
      try {
        queue.put(new Failure(e));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (next < batch.length) {
      return true;
    }
    if (ended) {
      return false;
    }
    Object taken;
    try {
      taken = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading YAML", e);
    }
    switch (taken) {
      case Event[] events -> {
        batch = events;
        next = 0;
        return true;
      }
      case Failure(RuntimeException failure) -> {
        ended = true;
        throw failure;
      }
      case Failure(Error failure) -> {
        ended = true;
        throw failure;
      }
      case Failure(Throwable failure) -> {
        ended = true;
        throw new IllegalStateException(failure);
      }
      default -> {
        ended = true;
        return false;
      }
    }
  }

  @Override
  public Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return batch[next++];
  }

  /** A throwable of the scanner's thread, carried to the reader's. */
  private record Failure(Throwable cause) {}

  /** Stops the scanner when the reader gives up early (a limit, a problem). */
  @Override
  public void close() {
    producer.interrupt();
  }
}
