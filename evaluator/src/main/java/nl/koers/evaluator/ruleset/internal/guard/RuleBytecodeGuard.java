package nl.koers.evaluator.ruleset.internal.guard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The boundary of a rule folder: reads every class the folder compiled to, before any of them is loaded, and
 * refuses every reference the {@link RuleAllowlist} does not permit. It looks at what the rules compile to, not
 * at how they are spelled, so no spelling (an enum constant named like a {@code java.lang} type, a Unicode
 * escape, a formula cell) can reach a class the text guard thought was something else.
 *
 * <p>Refused, per class: a superclass or interface that is not an allowed supertype; a field, parameter or
 * return type that is not an allowed type; and in the code: a use of a class, method, constructor or field
 * that is neither on the allowlist nor declared by a class of the folder itself (members a folder class
 * inherits are checked against the supertype they come from); a method handle or dynamic constant; an
 * {@code invokedynamic} other than a lambda or a string concatenation, and a lambda whose target is refused;
 * {@code synchronized} blocks; catching anything but the allowed exception types (so never an {@code Error},
 * never {@code finally}: a rule cannot swallow the evaluator's budget); and every backward branch, i.e. every
 * loop: the firing limit bounds how often rules fire, and without loops one firing does bounded work apart
 * from the calls into allowed methods, which the run-time budget bounds.
 *
 * <p>Stateless; each call reads the classes it is given.
 */
public final class RuleBytecodeGuard {

    /** Parsed once: the allowlist is part of the jar. */
    private static final RuleAllowlist ALLOWLIST = RuleAllowlist.shipped();

    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat");

    /** Where Drools' generated rule methods name the rule they build: {@code D.rule(package, name)}. */
    private static final Set<String> RULE_FACTORIES = Set.of(
            "org/drools/modelcompiler/dsl/pattern/D", "org/drools/model/PatternDSL", "org/drools/model/DSL");

    private RuleBytecodeGuard() {
    }

    /**
     * One reference the allowlist does not permit.
     *
     * @param className the class that holds it, as a Java name ({@code nl.koers.rules.Teller})
     * @param rules     the rules whose code it is, in the order their rule methods name it; empty when the class
     *                  belongs to no one rule (a declared type, a function, the rule model)
     * @param method    the Java method that holds it, or null for the class itself (a supertype, a field)
     * @param what      what is refused, in words, e.g. "the constructor of java.lang.ProcessBuilder"
     * @param word      the name the rule's text most likely spells it with ({@code ProcessBuilder}, {@code println}),
     *                  to find its line; null for what has no name (a loop)
     */
    public record Refusal(String className, List<String> rules, String method, String what, String word) {
    }

    /**
     * Checks {@code classes}, internal class name to class file bytes.
     *
     * @return every refused reference, once per class and reference, in class-name order
     */
    public static List<Refusal> check(Map<String, byte[]> classes) {
        Map<String, ClassShape> shapes = new LinkedHashMap<>();
        classes.keySet().stream().sorted().forEach(name -> shapes.put(name, ClassShape.read(classes.get(name))));
        Map<String, Set<String>> rulesOf = rulesOfClasses(classes);
        List<Refusal> refusals = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Checker checker = new Checker(shapes);
            new ClassReader(e.getValue()).accept(checker, ClassReader.SKIP_FRAMES);
            checker.refused.forEach((what, at) -> {
                // a refusal in a rule method is that rule's; elsewhere, the rules whose lambdas the class is
                Set<String> rules = rulesOf.getOrDefault(e.getKey() + "#" + at[0], rulesOf.getOrDefault(e.getKey(), Set.of()));
                refusals.add(new Refusal(javaName(e.getKey()), List.copyOf(rules), at[0], what, at[1]));
            });
        }
        return List.copyOf(refusals);
    }

    /** What one class declares, so that calls into it (and up its generated supertypes) can be resolved. */
    private record ClassShape(String superName, List<String> interfaces, Set<String> members) {
        static ClassShape read(byte[] bytes) {
            ClassReader reader = new ClassReader(bytes);
            Set<String> members = new HashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    members.add(name);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    members.add(name);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
            return new ClassShape(reader.getSuperName(), List.of(reader.getInterfaces()), Set.copyOf(members));
        }
    }

    /**
     * The rules each class serves: Drools writes one method per rule ({@code rule_…}) that names the rule with a
     * string constant passed to {@code D.rule(package, name)} and refers to the lambda classes of its conditions
     * and consequence.
     */
    private static Map<String, Set<String>> rulesOfClasses(Map<String, byte[]> classes) {
        Map<String, Set<String>> rulesOf = new HashMap<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            new ClassReader(e.getValue()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    if (!name.startsWith("rule_")) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        final List<String> strings = new ArrayList<>();
                        final Set<String> used = new LinkedHashSet<>();
                        String rule;

                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String s) {
                                strings.add(s);
                            } else if (value instanceof Type t && t.getSort() == Type.OBJECT) {
                                used.add(t.getInternalName());
                            }
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                            if (rule == null && method.equals("rule") && RULE_FACTORIES.contains(owner) && !strings.isEmpty()) {
                                rule = strings.get(strings.size() - 1);
                            }
                            used.add(owner);
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                            used.add(owner);
                        }

                        @Override
                        public void visitTypeInsn(int opcode, String type) {
                            used.add(type);
                        }

                        @Override
                        public void visitEnd() {
                            if (rule != null) {
                                rulesOf.computeIfAbsent(e.getKey() + "#" + name, k -> new LinkedHashSet<>()).add(rule);
                                for (String type : used) {
                                    if (classes.containsKey(type) && type.contains("/Lambda")) {
                                        rulesOf.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(rule);
                                    }
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
        return rulesOf;
    }

    /** Visits one class and collects what it refers to that is refused. */
    private static final class Checker extends ClassVisitor {
        private final Map<String, ClassShape> shapes;
        /** What is refused, with the method it is in (null for the class itself) and the word that names it. */
        final Map<String, String[]> refused = new LinkedHashMap<>();
        private String method;

        Checker(Map<String, ClassShape> shapes) {
            super(Opcodes.ASM9);
            this.shapes = shapes;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            if (superName != null) {
                supertype(superName);
            }
            for (String type : interfaces) {
                supertype(type);
            }
        }

        private void refuse(String what) {
            refuse(what, null);
        }

        private void refuse(String what, String word) {
            refused.putIfAbsent(what, new String[] {method, word});
        }

        private void supertype(String type) {
            if (!shapes.containsKey(type) && !ALLOWLIST.allowsSupertype(type)) {
                refuse("extending or implementing " + javaName(type));
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            type(Type.getType(descriptor), "a field of type ");
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                refuse("a native method " + name);
            }
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                refuse("a synchronized method " + name);
            }
            this.method = name;
            Type type = Type.getMethodType(descriptor);
            type(type.getReturnType(), "a method returning ");
            for (Type argument : type.getArgumentTypes()) {
                type(argument, "a parameter of type ");
            }
            return new Code();
        }

        /** The code of one method. */
        private final class Code extends MethodVisitor {
            private final Set<Label> seen = new HashSet<>();

            Code() {
                super(Opcodes.ASM9);
            }

            @Override
            public void visitLabel(Label label) {
                seen.add(label);
            }

            @Override
            public void visitJumpInsn(int opcode, Label label) {
                backward(label);
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                backward(dflt);
                for (Label l : labels) {
                    backward(l);
                }
            }

            @Override
            public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                backward(dflt);
                for (Label l : labels) {
                    backward(l);
                }
            }

            private void backward(Label target) {
                if (seen.contains(target)) {
                    refuse("a loop (for, while, do): rule code may not loop; let the engine match each fact instead");
                }
            }

            @Override
            public void visitInsn(int opcode) {
                if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
                    refuse("a synchronized block");
                }
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                type(Type.getObjectType(type), "the type ");
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                type(Type.getType(descriptor), "the type ");
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof Type t) {
                    if (t.getSort() == Type.METHOD) {
                        refuse("a method type constant");
                    } else {
                        type(t, "the class ");
                    }
                } else if (value instanceof Handle h) {
                    refuse("a method handle to " + describe(h.getOwner(), h.getName()));
                } else if (value instanceof ConstantDynamic) {
                    refuse("a dynamic constant");
                }
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                member(owner, name, "the field ");
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                member(owner, name, name.equals("<init>") ? "the constructor of " : "the method ");
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                String bsm = bootstrap.getOwner() + "." + bootstrap.getName();
                if (!BOOTSTRAPS.contains(bsm)) {
                    refuse("invokedynamic with " + javaName(bootstrap.getOwner()) + "." + bootstrap.getName()
                           );
                    return;
                }
                if (bootstrap.getOwner().endsWith("LambdaMetafactory")) {
                    type(Type.getReturnType(descriptor), "a lambda of type ");
                    for (Object argument : arguments) {
                        if (argument instanceof Handle target) {
                            member(target.getOwner(), target.getName(), "a method reference to ");
                        }
                    }
                }
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type == null) {
                    refuse("a finally block or a catch of everything");
                } else {
                    type(Type.getObjectType(type), "catching ");
                }
            }
        }

        private void type(Type type, String as) {
            Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
            if (element.getSort() != Type.OBJECT) {
                return;
            }
            String name = element.getInternalName();
            if (!shapes.containsKey(name) && !ALLOWLIST.allowsType(name)) {
                refuse(as + javaName(name), simpleName(name));
            }
        }

        private void member(String owner, String name, String as) {
            if (owner.startsWith("[")) {
                // clone() and length of an array: the element type decides
                type(Type.getType(owner), "an array of ");
                return;
            }
            if (!allowed(owner, name, new HashSet<>())) {
                refuse(as + describe(owner, name), name.equals("<init>") ? simpleName(owner) : name);
            }
        }

        /**
         * A member looked up on {@code owner}: declared by a folder class, or inherited by it from a supertype
         * that allows it, or allowed on an allowed type or one of that type's allowed supertypes.
         */
        private boolean allowed(String owner, String name, Set<String> visited) {
            if (!visited.add(owner)) {
                return false;
            }
            ClassShape shape = shapes.get(owner);
            if (shape != null) {
                if (shape.members().contains(name)) {
                    return true;
                }
                List<String> supers = new ArrayList<>(shape.interfaces());
                if (shape.superName() != null) {
                    supers.add(0, shape.superName());
                }
                return supers.stream().anyMatch(s -> allowed(s, name, visited));
            }
            if (!ALLOWLIST.allowsType(owner)) {
                return false;
            }
            if (ALLOWLIST.allowsMember(owner, name)) {
                return true;
            }
            return trustedSupertypes(owner).stream()
                    .anyMatch(s -> ALLOWLIST.allowsType(s) && ALLOWLIST.allowsMember(s, name));
        }
    }

    /**
     * The supertypes of a class outside the rule folder (the JDK, Drools, the model), read from the running
     * JVM without initialising anything; none of them is the folder's code.
     */
    private static List<String> trustedSupertypes(String internalName) {
        List<String> supers = new ArrayList<>();
        try {
            Class<?> type = Class.forName(internalName.replace('/', '.'), false, RuleBytecodeGuard.class.getClassLoader());
            collect(type, supers);
        } catch (ClassNotFoundException | LinkageError e) {
            // a type the JVM cannot find has no supertypes to allow anything through
        }
        return supers;
    }

    private static void collect(Class<?> type, List<String> into) {
        Class<?> parent = type.getSuperclass();
        if (parent != null) {
            into.add(Type.getInternalName(parent));
            collect(parent, into);
        }
        for (Class<?> itf : type.getInterfaces()) {
            into.add(Type.getInternalName(itf));
            collect(itf, into);
        }
    }

    private static String describe(String owner, String name) {
        return name.equals("<init>") ? javaName(owner) : javaName(owner) + "." + name;
    }

    private static String simpleName(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        return simple.substring(simple.lastIndexOf('$') + 1);
    }

    static String javaName(String internalName) {
        return internalName.replace('/', '.');
    }
}
