package io.saleslens.cli; public class SalesLensCommand { public static void main(String[] a){} }
