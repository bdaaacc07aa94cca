package io.netlint.policy;

/** The variables of one policy run over one network. */
final class Frame {
  final NetworkView view;
  final Object[] slots;

  Frame(NetworkView view, int size) {
    this.view = view;
    this.slots = new Object[size];
  }
}
