package newsgraph.cli;
public final class Main { static final int OK = 0; static final int FAILED = 1; static final int USAGE = 2; public static void main(String[] a) { } }
